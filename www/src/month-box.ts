// What every month box has, written once: the build gives it to each `<input data-month>` of the pages
// (www/vite.config.ts), and the record's review to the boxes it makes. form.ts reads what is typed in them.

/** A month box's attributes: a number pad on a phone, nothing remembered, room for 01/2026 or 2026-01. */
export const MONTH_BOX = { inputmode: 'numeric', autocomplete: 'off', maxlength: '10' } as const;

/** How a month box shows what to type, in each language. */
export const MONTH_PLACEHOLDER = { vi: 'tháng/năm', en: 'MM/YYYY' } as const;
