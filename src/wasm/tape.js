// The tapes of src/wasm/tape.rs (which says their format): an input written as one, and a result made from
// one, each in one call between the engine and JS, where each value would otherwise cross on its own.

const OBJECT = 0, ARRAY = 1, NUMBER = 2, NULL = 3, FALSE = 4, TRUE = 5, KNOWN = 6, STATIC = 7, TEXT = 8, OTHER = 9,
  SHARED = 10, SHARE = 11;

/**
 * An input as a tape, `[ops, numbers, text]`, or, where it runs past what an input may carry, the path of the
 * value there (`history[3].salary`, "" for the input itself). Objects deeper than `maxDepth` are written as
 * OTHER, as are functions, symbols and bigints; `maxText` counts the UTF-16 units of strings and keys,
 * `maxValues` the values. A key is always text.
 */
export function toTape(input, maxDepth, maxText, maxValues) {
  const ops = [], numbers = [];
  let text = '', textLeft = maxText, valuesLeft = maxValues;
  // Thrown where the allowance runs out. The keys and indices down to the value there are gathered as it goes
  // back up, innermost first (`item`): a tape that fits, nearly every one, keeps no path on its way down.
  const tooLarge = [];
  const write = (value, depth) => {
    if (--valuesLeft < 0) throw tooLarge;
    if (value === null || value === undefined) ops.push(NULL);
    else if (value === true) ops.push(TRUE);
    else if (value === false) ops.push(FALSE);
    else if (typeof value === 'number') ops.push(NUMBER), numbers.push(value);
    else if (typeof value === 'string') string(value);
    else if (depth >= maxDepth || typeof value !== 'object') ops.push(OTHER);
    else if (Array.isArray(value)) {
      // A sparse list's length costs the caller nothing: it is checked before its places are read.
      if (value.length > valuesLeft) throw tooLarge;
      ops.push(ARRAY, value.length);
      for (let i = 0; i < value.length; i++) item(i, value[i], depth + 1);
    } else {
      // The keys alone, not Object.entries' array for each key and value.
      const keys = Object.keys(value);
      if (keys.length > valuesLeft) throw tooLarge;
      ops.push(OBJECT, keys.length);
      // A key past the allowance is the object's own fault: it is written before the path names it.
      for (const key of keys) string(key), item(key, value[key], depth + 1);
    }
  };
  // An object's or a list's item, named by its key or index in the path if the allowance runs out within it.
  const item = (key, value, depth) => {
    try {
      write(value, depth);
    } catch (error) {
      if (error === tooLarge) tooLarge.push(key);
      throw error;
    }
  };
  const string = (value) => {
    if ((textLeft -= value.length) < 0) throw tooLarge;
    ops.push(TEXT, value.length);
    text += value;
  };
  try {
    write(input, 0);
  } catch (error) {
    if (error !== tooLarge) throw error;
    const path = tooLarge.reverse();
    return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i > 0 ? `.${step}` : step)).join('');
  }
  return [new Uint32Array(ops), new Float64Array(numbers), text];
}

// The strings that live as long as the module, in the slot the tape sent each to: as many slots as tape.rs's
// SLOTS, all present from the start so that the array stays fast.
const statics = new Array(4096).fill('');
// The legal sources, each one frozen object that every result citing it holds: as many slots as tape.rs's
// SHARED_SLOTS.
const shared = new Array(512).fill(null);
const utf8 = new TextDecoder();

/**
 * A result from its tape.
 * @param {Uint32Array} ops a view of the module's memory, where a static string sent the first time is read
 * @param {Float64Array} numbers
 * @param {string} text
 * @returns {unknown}
 */
export const fromTape = reader();

// A result's objects are made by a constructor of their own: V8 gives its objects room for ten fields in the object
// itself, where a literal `{}` has room for four and puts the rest in a separate store; a result's objects often have
// eight or more. The prototype is Object's, as a literal's: the objects are the same to a caller.
function Plain() {}
Plain.prototype = Object.prototype;

// The tape being read, and where, kept in the closure of one reader made with the module: V8 reads a module's
// own variables more slowly (a result's objects were made a third slower from them), and a closure made for each
// result is optimized less well.
function reader() {
  let ops, numbers, text, op = 0, number = 0, offset = 0;

  function value() {
    switch (ops[op++]) {
      case OBJECT: {
        const object = new Plain();
        for (let count = ops[op++]; count > 0; count--) {
          // Most keys are field names sent before: read here, without a call.
          let key;
          if (ops[op] === KNOWN) key = statics[ops[op + 1]], op += 2;
          else key = value();
          object[key] = value();
        }
        return object;
      }
      case ARRAY: {
        const array = new Array(ops[op++]);
        for (let i = 0; i < array.length; i++) array[i] = value();
        return array;
      }
      case NUMBER: return numbers[number++];
      case NULL: return null;
      case FALSE: return false;
      case TRUE: return true;
      case KNOWN: return statics[ops[op++]];
      case STATIC: {
        const slot = ops[op++], address = ops[op++], length = ops[op++];
        return (statics[slot] = utf8.decode(new Uint8Array(ops.buffer, address, length)));
      }
      case SHARED: return shared[ops[op++]];
      case SHARE: {
        const slot = ops[op++];
        return (shared[slot] = Object.freeze(value()));
      }
      case TEXT: {
        const length = ops[op++];
        offset += length;
        return text.slice(offset - length, offset);
      }
      default: throw new Error(`tape: unknown op ${ops[op - 1]}`);
    }
  }

  return (ops_, numbers_, text_) => {
    ops = ops_, numbers = numbers_, text = text_, op = 0, number = 0, offset = 0;
    const result = value();
    ops = numbers = text = undefined;
    return result;
  };
}
