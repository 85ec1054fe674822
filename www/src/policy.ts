// Early retirement under a special policy of the State's restructuring (Decree 178/2024 as amended by Decree
// 67/2025, Decree 154/2025, Decree 177/2024), on the pension and withdrawal pages: the choice in the "more
// options" fold (its controls in the HTML), with the restructuring month and the current salary where the policy
// takes them. What a result shows of the policy is in policy-result.ts, loaded with the result.
import type { PolicyInput } from '../../pkg/bhxh.js';
import { find } from './dom';
import { money, monthValue } from './form';

/**
 * Attaches the behaviour of the policy's controls that the page's HTML has in `container`
 * (www/partials/policy.html: keys `policy`, `policy-month`, `policy-salary`) and returns the reader of the
 * policy chosen, undefined for none.
 */
export function mountPolicy(container: HTMLElement): () => PolicyInput | undefined {
  const kind = find<HTMLSelectElement>(container, '[name="policy"]');
  const restructuring = find<HTMLInputElement>(container, '[name="policy-month"]');
  const salary = find<HTMLInputElement>(container, '[name="policy-salary"]');
  // The restructuring month for Decree 178 only; the current salary for any policy.
  const show = () => {
    restructuring.closest<HTMLElement>('.field')!.hidden = kind.value !== 'decree178';
    salary.closest<HTMLElement>('.field')!.hidden = !kind.value;
  };
  kind.addEventListener('change', show);
  show();
  return () => {
    if (!kind.value) return undefined;
    const currentSalary = money(salary);
    const given = currentSalary === undefined ? {} : { currentSalary };
    if (kind.value === 'decree178') {
      const restructuringMonth = monthValue(restructuring);
      return { kind: 'decree178', ...(restructuringMonth ? { restructuringMonth } : {}), ...given };
    }
    return { kind: kind.value as 'decree154' | 'decree177', ...given };
  };
}
