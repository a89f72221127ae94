/** DOM helpers: text only (textContent), never HTML from data. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

const isNumber = (value) => typeof value === 'number';

/** A table with a caption; numbers right-aligned. */
export function table(caption, columns, rows) {
  const head = el('tr', {}, ...columns.map((column) => el('th', { scope: 'col' }, column)));
  const body = rows.map((row) => el('tr', {}, ...row.map((cell) => (cell instanceof Node ? el('td', {}, cell) : el('td', isNumber(cell) ? { class: 'number' } : {}, cell ?? '')))));
  return el('table', {}, el('caption', {}, caption), el('thead', {}, head), el('tbody', {}, ...body));
}

export function fill(id, ...children) {
  const target = document.getElementById(id);
  target.replaceChildren(...children);
  return target;
}

export const show = (id, visible = true) => {
  document.getElementById(id).hidden = !visible;
};

export const time = (iso) => new Date(iso).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
