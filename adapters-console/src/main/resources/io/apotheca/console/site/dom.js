// Building the page without ever parsing text as HTML: every value shown is text, never markup.

/** An element with attributes (on* handlers as functions) and children (text or elements). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'style') throw new Error('inline styles are refused by the page\'s CSP: use a class');
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Replaces what the element shows. */
export function show(element, ...children) {
  element.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
}

/** A table of rows: each column a heading and how a row shows in it. */
export function table(caption, columns, rows) {
  if (rows.length === 0) {
    return h('p', { class: 'muted' }, `${caption}: none.`);
  }
  return h('div', { class: 'table-wrap' },
    h('table', {},
      h('caption', { class: 'muted' }, caption),
      h('thead', {}, h('tr', {}, columns.map(([heading]) => h('th', { scope: 'col' }, heading)))),
      h('tbody', {}, rows.map((row) => h('tr', {}, columns.map(([, cell]) => h('td', {}, cell(row))))))));
}

/** A labelled input. */
export function field(label, attributes) {
  return h('label', {}, label, h('input', attributes));
}

/** A date-time as the pharmacist reads it, in their own time zone. */
export function when(iso) {
  return iso ? new Date(iso).toLocaleString() : '—';
}

/** An amount of money. */
export function money(m) {
  return m ? `${(m.amount / 100).toFixed(2)} ${m.currency}` : '—';
}

/** The values of a form's named fields. */
export function values(form) {
  return Object.fromEntries(new FormData(form).entries());
}
