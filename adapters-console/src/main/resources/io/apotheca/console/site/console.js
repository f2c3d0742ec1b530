// The console's shell: sign-in, the sections each role may use, and one place for the API's refusals.
import { api, Problem, resume, signIn, signOut } from '/console/api.js';
import { h, show, values } from '/console/dom.js';
import * as pharmacist from '/console/pharmacist.js';
import * as admin from '/console/admin.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const who = document.getElementById('who');
const problemBox = document.getElementById('problem');
const noticeBox = document.getElementById('notice');
const signOutButton = document.getElementById('sign-out');

const SECTIONS = {
  PHARMACIST: [
    ['queue', 'Review queue', pharmacist.queue],
    ['dispense', 'Ready to dispense', pharmacist.dispense],
  ],
  ADMIN: [
    ['pharmacists', 'Pharmacists', admin.pharmacists],
    ['stock', 'Stock', admin.stock],
    ['reports', 'Reports', admin.reports],
    ['audit', 'Audit log', admin.audit],
    ['dispense', 'Ready to dispense', pharmacist.dispense],
  ],
};
const PAGES = { review: pharmacist.review };

let user = null;
let pendingNotice = null;
let shown = 0; // the latest screen asked for: a slower earlier one never overwrites it

/** Shows the API's refusal, in its own words, where a screen reader announces it. */
export function problem(error) {
  if (!(error instanceof Problem)) {
    show(problemBox, h('p', {}, 'Something went wrong: ', String(error.message || error)));
  } else {
    show(
      problemBox,
      h('p', {}, h('strong', {}, error.title || 'Refused'), ` (${error.code}): `, error.message),
      error.errors.length ? h('ul', {}, error.errors.map((e) => h('li', {}, `${e.field}: ${e.message}`))) : null);
  }
}

/** A short confirmation of what was done. */
export function notice(text) {
  show(noticeBox, h('p', {}, text));
}

function clearMessages() {
  show(problemBox);
  show(noticeBox);
}

/** Runs an action of a screen: its refusal shown, never thrown away. */
export async function attempt(action) {
  clearMessages();
  try {
    return await action();
  } catch (error) {
    problem(error);
    return undefined;
  }
}

/** The user signed in. */
export function currentUser() {
  return user;
}

/** Opens a screen, with a confirmation of what was just done shown on it. */
export function go(hash, done = null) {
  pendingNotice = done;
  if (location.hash === hash) {
    route();
  } else {
    location.hash = hash;
  }
}

function sections() {
  return user ? SECTIONS[user.role] || [] : [];
}

async function route() {
  if (!user) {
    loginScreen();
    return;
  }
  const [name, ...args] = location.hash.replace(/^#\/?/, '').split('/');
  const known = sections();
  const section = known.find(([key]) => key === name);
  const page = PAGES[name];
  if (!section && !page) {
    go(`#/${known[0][0]}`);
    return;
  }
  const current = page ? 'queue' : name; // a review belongs to the queue
  for (const link of nav.querySelectorAll('a')) {
    if (link.dataset.section === current) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
  const screen = ++shown;
  const target = h('div', {});
  show(main, h('p', {}, 'Loading…'));
  const render = section ? section[2] : page;
  const done = await attempt(async () => {
    await render(target, ...args);
    return true;
  });
  if (screen !== shown) return;
  show(main, done ? target : h('p', {}, h('a', { href: location.hash }, 'Try again')));
  if (pendingNotice) {
    notice(pendingNotice);
    pendingNotice = null;
  }
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
    document.title = `${heading.textContent} — Apotheca console`;
  }
}

function signedIn(me) {
  user = me;
  who.textContent = `${me.fullName} (${me.role.toLowerCase()})`;
  signOutButton.hidden = false;
  show(nav, sections().map(([key, label]) => h('a', { href: `#/${key}`, 'data-section': key }, label)));
  route();
}

function signedOut() {
  user = null;
  who.textContent = '';
  signOutButton.hidden = true;
  show(nav);
  loginScreen();
}

function loginScreen() {
  const form = h('form', { id: 'sign-in', 'aria-labelledby': 'sign-in-title' },
    h('h1', { id: 'sign-in-title' }, 'Sign in'),
    h('p', { class: 'muted' }, 'For verified pharmacists and administrators of this pharmacy.'),
    h('label', {}, 'E-mail', h('input', { name: 'email', type: 'email', autocomplete: 'username', required: true })),
    h('label', {}, 'Password',
      h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    h('button', { type: 'submit' }, 'Sign in'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { email, password } = values(form);
    const me = await attempt(() => signIn(email, password));
    if (!me) return;
    if (!SECTIONS[me.role]) {
      await signOut();
      problem(new Problem(403, {
        code: 'forbidden',
        title: 'Not for this console',
        detail: 'This console is for pharmacists and administrators; customers use the shop.',
      }));
      return;
    }
    signedIn(me);
  });
  show(main, form);
  form.querySelector('input').focus();
}

signOutButton.addEventListener('click', async () => {
  await signOut();
  clearMessages();
  notice('Signed out.');
  history.replaceState(null, '', '/console');
  signedOut();
});
// the API refused to renew the session (signed out elsewhere, or a token used twice)
window.addEventListener('apotheca:session-ended', () => {
  if (!user) return;
  signedOut();
  problem(new Problem(401, {
    code: 'session_ended',
    title: 'Signed out',
    detail: 'Your session has ended; sign in again.',
  }));
});
window.addEventListener('hashchange', () => {
  clearMessages();
  route();
});

(async () => {
  const me = await attempt(() => resume());
  if (me && SECTIONS[me.role]) {
    signedIn(me);
  } else {
    signedOut();
  }
})();

// for the screens' modules: the API client they share
export { api };
