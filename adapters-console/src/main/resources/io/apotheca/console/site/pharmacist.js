// The pharmacist's screens: the review queue, one prescription's review, and dispensing.
import { api } from '/console/api.js';
import { attempt, currentUser, go, notice } from '/console/console.js';
import { field, h, money, show, table, values, when } from '/console/dom.js';

/** Waiting prescriptions, the nearest review deadline first, with who has claimed each. */
export async function queue(main) {
  const page = await api.get('/prescriptions?status=PENDING_REVIEW&limit=100');
  const me = currentUser();
  show(main,
    h('h1', {}, 'Review queue'),
    table('Prescriptions waiting for review', [
      ['Uploaded', (p) => when(p.uploadedAt)],
      ['Review by', (p) => (p.reviewDeadline ? when(p.reviewDeadline) : 'no deadline')],
      ['Order', (p) => (p.orderId ? p.orderId.slice(0, 8) : p.electronic ? 'on file (electronic)' : 'on file')],
      ['Claimed by', (p) => (p.claimedBy ? (p.claimedBy === me.id ? 'you' : 'a colleague') : 'nobody')],
      ['Actions', (p) => h('a', { href: `#/review/${p.id}`, 'aria-label': `Review prescription uploaded ${when(p.uploadedAt)}` },
        'Review')],
    ], page.items));
}

let scanUrl = null; // the last scan shown, released when the next one is

/** One prescription: its scan beside the order and the patient's history; claim, approve or reject. */
export async function review(main, id) {
  if (!/^[0-9a-f-]{36}$/.test(id || '')) {
    go('#/queue');
    return;
  }
  const prescription = await api.get(`/prescriptions/${id}`);
  const order = prescription.orderId ? await api.get(`/orders/${prescription.orderId}`) : null;
  let history = null;
  let historyRefused = null;
  try {
    history = await api.get(`/prescriptions/${id}/dispensing-history`);
  } catch (problem) {
    historyRefused = problem.message;
  }
  let documentView;
  try {
    const scan = await api.blob(`/prescriptions/${id}/document`);
    if (scanUrl) URL.revokeObjectURL(scanUrl);
    scanUrl = URL.createObjectURL(scan);
    if (scan.type.startsWith('application/fhir+json')) {
      // an electronic prescription: the message as its prescriber's system sent it, as text
      documentView = h('pre', { class: 'message', 'aria-label': 'The message as sent' },
        JSON.stringify(JSON.parse(await scan.text()), null, 2));
    } else {
      documentView = scan.type.startsWith('image/')
        ? h('img', { src: scanUrl, alt: 'The uploaded prescription' })
        : h('iframe', { src: scanUrl, title: 'The uploaded prescription' });
    }
  } catch (problem) {
    documentView = h('p', { class: 'problem' }, `The document could not be shown: ${problem.message}`);
  }
  const pending = prescription.status === 'PENDING_REVIEW';
  const names = pending && prescription.electronic ? await productNames(prescription.transcription) : {};
  show(main,
    h('h1', {}, `Prescription ${id.slice(0, 8)}`),
    h('div', { class: 'review' },
      h('section', { class: 'scan', 'aria-label': 'Prescription document' }, documentView),
      h('section', { 'aria-label': 'Order and decision' },
        h('dl', {},
          h('dt', {}, 'Status'), h('dd', { id: 'prescription-status' }, prescription.status),
          h('dt', {}, prescription.electronic ? 'Received' : 'Uploaded'), h('dd', {}, when(prescription.uploadedAt)),
          prescription.electronic ? [h('dt', {}, 'Sent by'), h('dd', {}, `prescriber's system ${prescription.electronic.sentBy.slice(0, 8)}`)] : null,
          h('dt', {}, 'Claimed until'), h('dd', {}, when(prescription.claimExpiresAt)),
          h('dt', {}, 'Rejection'), h('dd', {}, prescription.rejectionReason || '—')),
        order ? orderLines(order) : h('p', { class: 'muted' }, 'Kept on file: no order.'),
        h('h2', {}, 'Dispensing history'),
        historyRefused ? h('p', { class: 'muted' }, `History not shown: ${historyRefused}`) : null,
        history && history.fills
          ? table('Fills dispensed to this patient', [
            ['Product', (f) => f.productId.slice(0, 8)],
            ['Quantity', (f) => f.quantity],
            ['Dispensed', (f) => when(f.dispensedAt)],
            ['Lots', (f) => (f.lots || []).map((lot) => lot.lotNumber).join(', ')],
          ], history.fills)
          : null,
        pending ? decisions(prescription, order, names) : null)));
}

function orderLines(order) {
  return h('div', {},
    h('h2', {}, `Order ${order.id.slice(0, 8)} — ${order.status}`),
    table('Lines of the order', [
      ['Product', (l) => l.name],
      ['Quantity', (l) => l.quantity],
      ['Prescription only', (l) => (l.requiresPrescription ? 'yes' : 'no')],
    ], order.items),
    h('p', {}, `Total ${money(order.total)}`));
}

/** The names of the products a transcription names, by id; an id whose product cannot be read is left out. */
async function productNames(transcription) {
  const names = {};
  for (const item of (transcription && transcription.items) || []) {
    try {
      names[item.productId] = (await api.get(`/products/${item.productId}`)).name;
    } catch (problem) {
      // shown by its id
    }
  }
  return names;
}

function decisions(prescription, order, names) {
  const id = prescription.id;
  const claim = h('button', {
    type: 'button',
    class: 'secondary',
    onclick: () => act(() => api.post(`/prescriptions/${id}/claim`), 'Claimed for ten minutes.', `#/review/${id}`),
  }, 'Claim');
  const sent = prescription.electronic ? prescription.transcription : null;
  const asOrdered = h('button', {
    type: 'button',
    onclick: () => act(() => api.post(`/prescriptions/${id}/approve`, {}),
      sent ? 'Approved as sent.' : 'Approved as ordered.', '#/queue'),
  }, sent ? 'Approve as sent' : 'Approve as ordered');
  return h('div', {},
    h('h2', {}, 'Decision'),
    sent ? sentTranscription(sent, names) : null,
    h('div', { class: 'actions' }, claim, asOrdered),
    transcriptionForm(id, order),
    rejectionForm(id));
}

/** What an electronic prescription's message says, for the pharmacist to verify against the message. */
function sentTranscription(sent, names) {
  const prescriber = sent.prescriber || {};
  return h('div', { id: 'sent-transcription' },
    h('p', {}, `Sent by ${prescriber.name} (${prescriber.registrationNumber}`
      + `${prescriber.deaNumber ? `, DEA ${prescriber.deaNumber}` : ''}), written on ${sent.writtenOn}.`),
    table('Medicines as sent', [
      ['Product', (i) => names[i.productId] || i.productId.slice(0, 8)],
      ['Quantity', (i) => i.quantityPerFill],
      ["Days' supply", (i) => i.daysSupply],
      ['Refills', (i) => i.refillsAuthorised],
      ['Directions', (i) => i.directions],
    ], sent.items));
}

function transcriptionForm(id, order) {
  const lines = order
    ? order.items.filter((l) => l.requiresPrescription)
    : [{ productId: '', name: 'Medicine prescribed', quantity: 1, onFile: true }];
  const form = h('form', { 'aria-labelledby': 'transcribe-title' },
    h('h2', { id: 'transcribe-title' }, 'Transcribe and approve'),
    field('Prescriber', { name: 'prescriberName', required: true, autocomplete: 'off' }),
    field('Registration number', { name: 'registrationNumber', required: true, autocomplete: 'off' }),
    field('DEA number (controlled medicines)', { name: 'deaNumber', autocomplete: 'off' }),
    field('Written on', { name: 'writtenOn', type: 'date', required: true }),
    lines.map((line, i) => h('fieldset', {},
      h('legend', {}, line.name),
      line.onFile
        ? field('Product id', { name: `product${i}`, required: true, autocomplete: 'off' })
        : h('label', { class: 'inline' }, h('input', { type: 'checkbox', name: `include${i}`, checked: true }), 'Prescribed'),
      field('Quantity', { name: `quantity${i}`, type: 'number', min: 1, value: line.quantity, required: true }),
      field("Days' supply", { name: `days${i}`, type: 'number', min: 1, value: 30, required: true }),
      field('Refills', { name: `refills${i}`, type: 'number', min: 0, max: 11, value: 0, required: true }),
      field('Directions', { name: `directions${i}`, required: true, value: 'As directed by the prescriber' }))),
    h('button', { type: 'submit' }, 'Approve with this transcription'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const v = values(form);
    const prescriber = { name: v.prescriberName, registrationNumber: v.registrationNumber };
    if (v.deaNumber) prescriber.deaNumber = v.deaNumber;
    const items = lines
      .map((line, i) => (line.onFile || v[`include${i}`] ? {
        productId: line.onFile ? v[`product${i}`].trim() : line.productId,
        quantity: Number(v[`quantity${i}`]),
        daysSupply: Number(v[`days${i}`]),
        refills: Number(v[`refills${i}`]),
        directions: v[`directions${i}`],
      } : null))
      .filter(Boolean);
    act(() => api.post(`/prescriptions/${id}/approve`, { transcription: { prescriber, writtenOn: v.writtenOn, items } }),
      'Approved with its transcription.', '#/queue');
  });
  return form;
}

function rejectionForm(id) {
  const form = h('form', { 'aria-labelledby': 'reject-title' },
    h('h2', { id: 'reject-title' }, 'Reject'),
    h('label', {}, 'Reason, as the patient will read it',
      h('textarea', { name: 'reason', rows: 3, required: true, maxlength: 1000 })),
    h('button', { type: 'submit', class: 'danger' }, 'Reject'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    act(() => api.post(`/prescriptions/${id}/reject`, { reason: values(form).reason }), 'Rejected.', '#/queue');
  });
  return form;
}

/** Paid and confirmed orders, and dispensing them first expiry first out. */
export async function dispense(main) {
  const paid = await api.get('/orders?status=PAID&limit=100');
  const confirmed = await api.get('/orders?status=CONFIRMED&limit=100');
  // with cards charged at dispensing, an approved order whose card is authorised is ready too
  const authorised = (await api.get('/orders?status=AWAITING_PAYMENT&limit=100')).items
    .filter((o) => o.payment && (o.payment.status === 'AUTHORISED' || o.payment.status === 'CAPTURE_REQUESTED'));
  const ready = [...paid.items, ...confirmed.items, ...authorised];
  const result = h('div', { id: 'dispensed' });
  show(main,
    h('h1', {}, 'Ready to dispense'),
    h('p', { class: 'muted' }, 'Each line is taken from the lots that expire first; the lots are recorded on the order.'),
    table('Orders ready to dispense', [
      ['Order', (o) => o.id.slice(0, 8)],
      ['Status', (o) => (o.payment && o.status === 'AWAITING_PAYMENT' ? `card ${o.payment.status}` : o.status)],
      ['Lines', (o) => o.items.map((l) => `${l.quantity} × ${l.name}`).join('; ')],
      ['Total', (o) => money(o.total)],
      ['Preview', (o) => h('button', {
        type: 'button',
        class: 'secondary',
        'aria-label': `Preview the lots for order ${o.id.slice(0, 8)}`,
        onclick: () => attempt(async () => show(result, await preview(o))),
      }, 'Preview lots')],
      ['Actions', (o) => h('button', {
        type: 'button',
        'aria-label': `Dispense order ${o.id.slice(0, 8)}`,
        onclick: async (event) => {
          const button = event.currentTarget;
          const row = button.closest('tr');
          button.disabled = true; // one request per click
          const done = await attempt(() => api.post(`/orders/${o.id}/fulfil`, {}));
          button.disabled = false;
          if (done) {
            if (done.status === 'FULFILLED') row.remove();
            notice(done.status === 'FULFILLED'
              ? `Order ${o.id.slice(0, 8)} is ${done.status}.`
              : `Order ${o.id.slice(0, 8)}: its card is being charged; dispense it again once it reads PAID.`);
            if (done.status !== 'FULFILLED') return;
            const heading = h('h2', { tabindex: -1 }, 'Lots taken');
            show(result, heading, table('Lots each line was dispensed from', [
              ['Product', (l) => l.name],
              ['Lots', (l) => (l.lots || []).map((lot) => `${lot.quantity} from ${lot.lotNumber} (expires ${lot.expiryDate})`)
                .join('; ')],
            ], done.items));
            heading.focus(); // the button pressed left with its row
          }
        },
      }, 'Dispense')],
    ], ready),
    result);
}

/**
 * The lots first-expiry-first-out would take for each line, from the shelf as it is now: active
 * lots, soonest expiry first. The server decides at dispensing (it also leaves out lots too close
 * to expiry to sell), so this is a preview, and says so.
 */
async function preview(order) {
  const rows = [];
  for (const line of order.items) {
    const inventory = await api.get(`/inventory/products/${line.productId}`);
    let wanted = line.quantity;
    const takes = [];
    for (const lot of inventory.batches
      .filter((b) => b.status === 'ACTIVE' && b.quantity > 0)
      .sort((a, b) => a.expiryDate.localeCompare(b.expiryDate))) {
      if (wanted === 0) break;
      const take = Math.min(wanted, lot.quantity);
      takes.push(`${take} from ${lot.lotNumber} (expires ${lot.expiryDate})`);
      wanted -= take;
    }
    rows.push({ name: line.name, lots: takes.join('; ') + (wanted > 0 ? `; ${wanted} short` : '') });
  }
  return [
    h('h2', {}, `Lots for order ${order.id.slice(0, 8)} (preview)`),
    table('Lots first expiry first out would take', [['Product', (r) => r.name], ['Lots', (r) => r.lots]], rows),
  ];
}

async function act(action, done, then) {
  const answer = await attempt(action);
  if (answer !== undefined) {
    go(then, done);
  }
}
