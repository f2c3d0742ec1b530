// The administrator's screens: pharmacist licences, stock and recalls, reports, the audit log.
import { api } from '/console/api.js';
import { attempt, go, notice } from '/console/console.js';
import { field, h, show, table, values, when } from '/console/dom.js';

/** Pharmacists and their licences: verify, reject or suspend, each with the API's answer. */
export async function pharmacists(main) {
  const page = await api.get('/pharmacists?limit=100');
  show(main,
    h('h1', {}, 'Pharmacists'),
    table('Pharmacist accounts and their licences', [
      ['Name', (p) => p.fullName],
      ['E-mail', (p) => p.email],
      ['Licence', (p) => `${p.licenseNumber} (${p.licenseJurisdiction})`],
      ['Status', (p) => p.licenseStatus],
      ['Actions', (p) => licenceActions(p)],
    ], page.items));
}

function licenceActions(p) {
  const reason = h('input', { name: 'reason', 'aria-label': `Reason for ${p.email}`, placeholder: 'Reason' });
  const decide = (verb, label, body) => h('button', {
    type: 'button',
    class: verb === 'approve' ? '' : 'secondary',
    'aria-label': `${label} ${p.email}`,
    onclick: async () => {
      const done = await attempt(() => api.patch(`/pharmacists/${p.id}/${verb}`, body()));
      if (done) go('#/pharmacists', `${p.fullName}: ${done.licenseStatus}.`);
    },
  }, label);
  return h('div', { class: 'actions' },
    p.licenseStatus !== 'VERIFIED' ? decide('approve', 'Verify', () => ({})) : null,
    p.licenseStatus === 'PENDING_VERIFICATION' ? decide('reject', 'Reject', () => ({ reason: reason.value })) : null,
    p.licenseStatus === 'VERIFIED' ? decide('suspend', 'Suspend', () => ({ reason: reason.value })) : null,
    p.licenseStatus === 'VERIFIED' || p.licenseStatus === 'PENDING_VERIFICATION' ? reason : null);
}

/** A product's lots: receive one, adjust one with a reason, or recall one and read who received it. */
export async function stock(main, productId) {
  if (productId && !/^[0-9a-f-]{36}$/.test(productId)) {
    go('#/stock');
    return;
  }
  const lookup = h('form', { 'aria-labelledby': 'lookup-title' },
    h('h2', { id: 'lookup-title' }, 'Find a product'),
    field('Product id', { name: 'productId', required: true, value: productId || '', autocomplete: 'off' }),
    h('button', { type: 'submit' }, 'Show its lots'));
  lookup.addEventListener('submit', (event) => {
    event.preventDefault();
    go(`#/stock/${values(lookup).productId.trim()}`);
  });
  const receive = h('form', { 'aria-labelledby': 'receive-title' },
    h('h2', { id: 'receive-title' }, 'Receive a lot'),
    field('Product id', { name: 'productId', required: true, value: productId || '', autocomplete: 'off' }),
    field('Lot number', { name: 'lotNumber', required: true, autocomplete: 'off' }),
    field('Expiry date', { name: 'expiryDate', type: 'date', required: true }),
    field('Quantity', { name: 'quantity', type: 'number', min: 1, required: true }),
    h('button', { type: 'submit' }, 'Receive'));
  receive.addEventListener('submit', async (event) => {
    event.preventDefault();
    const v = values(receive);
    const done = await attempt(() => api.post('/inventory/batches',
      { productId: v.productId, lotNumber: v.lotNumber, expiryDate: v.expiryDate, quantity: Number(v.quantity) }));
    if (done) go(`#/stock/${v.productId}`, `Received lot ${done.lotNumber}.`);
  });
  const lots = h('div', { id: 'lots' });
  const report = h('div', { id: 'recall-report' });
  show(main, h('h1', {}, 'Stock'), lookup, lots, report, receive);
  if (productId) {
    const inventory = await api.get(`/inventory/products/${productId}`);
    show(lots,
      h('p', {}, `On hand ${inventory.onHand}, reserved ${inventory.reserved}, available ${inventory.available}.`),
      table('Lots of this product', [
        ['Lot', (b) => b.lotNumber],
        ['Expires', (b) => b.expiryDate],
        ['Quantity', (b) => b.quantity],
        ['Status', (b) => b.status],
        ['Actions', (b) => lotActions(b, productId, report)],
      ], inventory.batches));
  }
}

function lotActions(batch, productId, report) {
  const adjust = h('form', { 'aria-label': `Adjust lot ${batch.lotNumber}` },
    field('Change', { name: 'delta', type: 'number', required: true }),
    field('Reason', { name: 'reason', required: true }),
    h('button', { type: 'submit', class: 'secondary' }, 'Adjust'));
  adjust.addEventListener('submit', async (event) => {
    event.preventDefault();
    const v = values(adjust);
    const done = await attempt(() => api.post(`/inventory/batches/${batch.id}/adjustments`,
      { delta: Number(v.delta), reason: v.reason }));
    if (done) go(`#/stock/${productId}`, `Lot ${batch.lotNumber} adjusted.`);
  });
  if (batch.status === 'RECALLED') return adjust;
  const recall = h('form', { 'aria-label': `Recall lot ${batch.lotNumber}` },
    h('label', {}, 'Recall class', h('select', { name: 'recallClass' },
      h('option', { value: 'I' }, 'I: serious harm'),
      h('option', { value: 'II', selected: true }, 'II: temporary harm'),
      h('option', { value: 'III' }, 'III: unlikely harm'))),
    field('Reason', { name: 'reason', required: true }),
    h('button', { type: 'submit', class: 'danger' }, `Recall ${batch.lotNumber}`));
  recall.addEventListener('submit', async (event) => {
    event.preventDefault();
    const v = values(recall);
    const done = await attempt(() => api.post(`/inventory/batches/${batch.id}/recall`,
      { reason: v.reason, recallClass: v.recallClass }));
    if (done) {
      notice(`Lot ${batch.lotNumber} recalled.`);
      showRecall(report, done.recall);
    }
  });
  return h('div', {}, adjust, recall);
}

function showRecall(report, recall) {
  show(report,
    h('h2', {}, `Recall of lot ${recall.lotNumber} (class ${recall.recallClass})`),
    h('p', {}, `${recall.unitsDispensed} of ${recall.unitsReceived} units were dispensed; ${recall.unitsOnHand} on hand.`),
    table('Patients who received the lot', [
      ['Patient', (p) => p.name],
      ['E-mail', (p) => p.email],
      ['Order', (p) => p.orderId.slice(0, 8)],
      ['Units', (p) => p.quantity],
      ['Dispensed', (p) => when(p.dispensedAt)],
    ], recall.patients),
    table('Orders the recall cancelled', [
      ['Order', (c) => c.orderId.slice(0, 8)],
      ['Was', (c) => c.statusBefore],
      ['Refund', (c) => (c.refundId ? 'refunded' : 'nothing paid')],
    ], recall.cancelledOrders));
}

/** Products at or under their reorder level, and lots expiring soon. */
export async function reports(main) {
  const low = await api.get('/inventory/low-stock');
  const expiring = await api.get('/inventory/expiring?withinDays=90');
  show(main,
    h('h1', {}, 'Reports'),
    h('h2', {}, 'Low stock'),
    table('Products at or under their reorder level', [
      ['Product', (p) => p.name],
      ['SKU', (p) => p.sku],
      ['Available', (p) => p.available],
      ['Reorder level', (p) => p.reorderLevel],
    ], low.items),
    h('h2', {}, 'Expiring within 90 days'),
    table('Lots expiring soon', [
      ['Lot', (b) => b.lotNumber],
      ['Product', (b) => h('a', { href: `#/stock/${b.productId}` }, b.productId.slice(0, 8))],
      ['Expires', (b) => b.expiryDate],
      ['Quantity', (b) => b.quantity],
    ], expiring.items));
}

/** The latest privileged actions, and the hash chain checked end to end. */
export async function audit(main) {
  const page = await api.get('/admin/audit-log?limit=50');
  const verdict = h('p', { id: 'chain' });
  show(main,
    h('h1', {}, 'Audit log'),
    h('div', { class: 'actions' }, h('button', {
      type: 'button',
      onclick: async () => {
        const check = await attempt(() => api.get('/admin/audit-log/verify'));
        if (check) {
          verdict.textContent = check.valid
            ? `The chain holds: ${check.entries} entries verified.`
            : `The chain is broken at entry ${check.firstBrokenId}.`;
        }
      },
    }, 'Verify the chain')),
    verdict,
    table('Latest audit entries', [
      ['#', (e) => e.sequence],
      ['Time', (e) => when(e.time)],
      ['Actor', (e) => `${e.actorRole || ''} ${e.actor ? e.actor.slice(0, 8) : ''}`],
      ['Action', (e) => e.action],
      ['Target', (e) => `${e.targetType} ${e.target ? e.target.slice(0, 8) : ''}`],
    ], page.items));
}
