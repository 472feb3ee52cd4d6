// People the browser tests need, made through the API as the pages would make them: faster than
// clicking through onboarding, which onboarding.e2e.mjs covers.
import { setTimeout as sleep } from 'node:timers/promises';
import { TRAINING_CATALOGUE } from '@passerelle/profiles';
import { uniqueEmail } from '@passerelle/testing';
import { ADMIN, BASE_URL, PASSWORD } from './support.mjs';

/** One call to the gateway; anything but 2xx throws with the answer. */
export async function api(path, { method = 'GET', token, body } = {}) {
  const response = await fetch(`${BASE_URL}/api/v1${path}`, {
    method,
    headers: {
      ...(body && { 'content-type': 'application/json' }),
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: body && JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

/** Signs up; resolves to the access token and account, with the email to sign in with later. */
export async function register(displayName, role, email = uniqueEmail(role)) {
  const grant = await api('/auth/register', {
    method: 'POST',
    body: { email, password: PASSWORD, displayName, role },
  });
  return { ...grant, email, password: PASSWORD };
}

export async function adminToken() {
  return (await api('/auth/login', { method: 'POST', body: ADMIN })).accessToken;
}

export async function acceptCharter(token) {
  const charter = await api('/charter', { token });
  await api('/charter/acceptances', { method: 'POST', token, body: { version: charter.version } });
}

/** An alumnus through the whole onboarding by the API, as the wizard would, approved by the admin. */
export async function availableMentor({ displayName, alumnus }, staffToken) {
  const mentor = await register(displayName, 'alumnus');
  const { accessToken: token, account } = mentor;
  await api('/me/profile', { method: 'PUT', token, body: { timeZone: 'Europe/Paris', alumnus } });
  await api('/me/onboarding/mentor-request', { method: 'POST', token, body: { motivation: 'Transmettre' } });
  await acceptCharter(token);
  for (const module of TRAINING_CATALOGUE) {
    const answers = module.questions.map((question) => ({
      questionId: question.id,
      choiceId: question.correctChoiceId,
    }));
    await api(`/training/${module.id}/attempts`, { method: 'POST', token, body: { answers } });
  }
  await api(`/staff/mentors/${account.id}/approve`, { method: 'POST', token: staffToken, body: {} });
  return mentor;
}

export async function classicProgramme(token) {
  const { items } = await api('/matching/programmes', { token });
  return items.find((programme) => programme.mode === 'classic');
}

/** Profiles tells matching through its outbox and matching's inbox; the suggestion index looks every 2 s. */
export async function waitForSuggestions(token, mentorIds) {
  const classic = await classicProgramme(token);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const list = await api(`/matching/suggestions?programmeId=${classic.id}`, { token });
    const ids = list.items.map((item) => item.mentor.accountId);
    if (mentorIds.every((id) => ids.includes(id))) return;
    await sleep(200);
  }
  throw new Error('the mentors never reached the suggestions');
}
