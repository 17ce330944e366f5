/**
 * Hostile input in the browser (issue 6): script payloads in every URL parameter each simulator
 * reads (each input of its flow, `steps`, the fields inside a step, an unknown parameter, a
 * tracking parameter, the fragment). No dialog opens, no element or handler is injected, and the
 * localized message shows the value as text, exactly as the decoder reports it.
 */
import type { Page } from '@playwright/test';
import { test, expect, simulator } from './fixtures';
import { FLOWS } from '../../src/domain/flows';
import { FLOW_IDS, start, stateText, type FlowId } from '../../src/domain/flow';
import { decodeScenario } from '../../src/domain/permalink';
import { format, UI } from '../../src/i18n/ui';
import type { Locale } from '../../src/i18n/types';

/**
 * Each would run script or add an element marked `xss-marker` if the value reached the DOM as
 * markup. `alert` is called with a template literal so that no parenthesis, comma or semicolon
 * changes how a step is split: the payload reaches the message whole.
 */
const PAYLOADS = [
  '<img src=x onerror=alert`1` class=xss-marker>',
  '"><script class=xss-marker>alert`2`</script>',
  "'><svg onload=alert`3` class=xss-marker>",
  'javascript:alert`4`',
  '</textarea><b class=xss-marker>5</b>',
  '<iframe srcdoc="<script>alert`6`</script>" class=xss-marker>',
  '{{constructor.constructor("alert`7`")()}}',
];
/** Payloads that can also sit inside a step's parentheses (no nested parenthesis). */
const FIELD_PAYLOADS = PAYLOADS.filter((p) => !/[(),;]/.test(p));

const q = (name: string, value: string) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;

/** Every parameter a flow's simulator reads, each carrying `payload`. */
function parameters(flow: FlowId, payload: string): { name: string; query: string }[] {
  const def = FLOWS[flow];
  const params = def.fields.map((f) => ({ name: f.key, query: q(f.key, payload) }));
  params.push({ name: 'steps', query: q('steps', payload) });
  // Fields inside a step: `steps=EVENT(field:value)`, every payload field of every event.
  const safe = FIELD_PAYLOADS.includes(payload) ? payload : FIELD_PAYLOADS[0]!;
  for (const [event, spec] of Object.entries(def.payloads ?? {})) {
    for (const field of Object.keys(spec)) {
      const others = Object.entries(spec)
        .filter(([k]) => k !== field)
        .map(([k, values]) => `${k}:${String(def.payloadOptions?.({ ...def.defaults }, k)?.[0] ?? values[0])}`);
      params.push({ name: `steps ${event}.${field}`, query: q('steps', `${event}(${[`${field}:${safe}`, ...others].join(';')})`) });
    }
  }
  // A parameter no simulator knows, named by the payload itself.
  params.push({ name: 'unknown parameter name', query: q(payload, '1') });
  return params;
}

/** What the page must list: the decoder's errors, in the page's language, as plain text. */
function expectedMessages(flow: FlowId, search: string, locale: Locale): string[] {
  const decoded = decodeScenario(FLOWS[flow], search);
  if (decoded.ok) throw new Error(`${search} decodes to a scenario: not a hostile link`);
  return decoded.errors.slice(0, 5).map((e) => format(UI[locale].sim.linkErrors[e.code], { path: e.path, value: e.value ?? '' }));
}

function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return dialogs;
}

/** Nothing from the address became markup: no marked element, no inline handler, no script URL. */
async function expectNothingInjected(page: Page, dialogs: string[]) {
  await page.waitForLoadState('load');
  // Give an injected image or frame time to fail to load and fire its handler.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  const found = await page.evaluate(() => ({
    markers: document.querySelectorAll('.xss-marker').length,
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).map((el) => el.outerHTML.slice(0, 80)),
    frames: document.querySelectorAll('iframe[srcdoc]').length,
    // Pagefind's own search form has action="javascript:void(0);": only a payload's URL counts.
    scriptUrls: [...document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i], [formaction^="javascript:" i]')].filter((el) =>
      [...el.attributes].some((a) => a.value.includes('alert')),
    ).length,
    scripts: [...document.scripts].filter((s) => s.textContent?.includes('alert')).length,
  }));
  expect(found).toEqual({ markers: 0, handlers: [], frames: 0, scriptUrls: 0, scripts: 0 });
  expect(dialogs).toEqual([]);
}

async function openHostile(page: Page, path: string, search: string, locale: Locale, flow: FlowId) {
  const dialogs = watchDialogs(page);
  await page.goto(`${path}${search}`);
  const sim = await simulator(page);
  const notice = sim.locator('[data-link-error]');
  await expect(notice.locator('p')).toHaveText(UI[locale].sim.linkProblem);
  await expectNothingInjected(page, dialogs);
  await expect(notice.locator('li')).toHaveText(expectedMessages(flow, search, locale));
  // The default scenario opens instead: nothing of the link was applied.
  await expect(sim).toHaveAttribute('data-state', initialState[flow]);
  return sim;
}

/** Where each simulator starts with its default inputs. */
const initialState = Object.fromEntries(FLOW_IDS.map((id) => [id, stateText(start(FLOWS[id], FLOWS[id].defaults).value)])) as Record<FlowId, string>;

for (const flow of FLOW_IDS) {
  test.describe(`${flow}: hostile links`, () => {
    // One payload per parameter, in turn, so each parameter's message is checked on its own.
    parameters(flow, PAYLOADS[0]!).forEach(({ name }, i) => {
      const payload = PAYLOADS[i % PAYLOADS.length]!;
      const { query } = parameters(flow, payload)[i]!;
      test(`a script in ${name} is shown as text (en)`, async ({ page, errors }) => {
        void errors;
        const search = `?${query}`;
        const messages = expectedMessages(flow, search, 'en');
        // The message quotes the payload, so the test proves it is shown, and shown as text.
        const quoted = FIELD_PAYLOADS.includes(payload) || !name.startsWith('steps ') ? payload : FIELD_PAYLOADS[0]!;
        expect(messages.join('\n')).toContain(quoted);
        const sim = await openHostile(page, `/en/simulators/${flow}/`, search, 'en', flow);
        await expect(sim.locator('[data-link-error]')).toContainText(quoted);
      });
    });

    for (const [n, payload] of PAYLOADS.entries()) {
      test(`payload ${n + 1} in every parameter at once, on the simulator and the embed page (en)`, async ({ page, errors }) => {
        void errors;
        const search = `?${[...parameters(flow, payload).map((p) => p.query), q('utm_source', payload)].join('&')}`;
        await openHostile(page, `/en/simulators/${flow}/`, search, 'en', flow);
        await openHostile(page, `/en/embed/${flow}/`, search, 'en', flow);
        // And in the fragment, which the simulator keeps when it rewrites the address.
        await openHostile(page, `/en/simulators/${flow}/`, `${search}#${encodeURIComponent(payload)}`, 'en', flow);
      });
    }

    test('a script in a tracking parameter is ignored: default scenario, no message, nothing injected', async ({ page, errors }) => {
      void errors;
      const dialogs = watchDialogs(page);
      await page.goto(`/en/simulators/${flow}/?${q('utm_source', PAYLOADS[0]!)}&${q('utm_campaign', PAYLOADS[1]!)}#${PAYLOADS[2]!}`);
      const sim = await simulator(page);
      await expect(sim).toHaveAttribute('data-state', initialState[flow]);
      await expect(sim.locator('[data-link-error]')).toHaveCount(0);
      await expectNothingInjected(page, dialogs);
    });

    for (const locale of ['ko', 'zh-tw'] as const) {
      test(`every parameter hostile at once: localized message, value as text (${locale})`, async ({ page, errors }) => {
        void errors;
        const payload = PAYLOADS[(FLOW_IDS.indexOf(flow) + (locale === 'ko' ? 0 : 2)) % PAYLOADS.length]!;
        // One value per parameter, as a real link carries: a repeated `steps` is refused as repeated
        // (without its value), so the fields inside steps are covered one by one above.
        const search = `?${parameters(flow, payload)
          .filter((p) => !p.name.startsWith('steps '))
          .map((p) => p.query)
          .join('&')}`;
        const sim = await openHostile(page, `/${locale}/simulators/${flow}/`, search, locale, flow);
        await expect(sim.locator('[data-link-error]')).toContainText(payload);
        // Switching language keeps the address: the other page shows its own words, still as text.
        const other: Locale = locale === 'ko' ? 'zh-tw' : 'ko';
        const dialogs = watchDialogs(page);
        await page.locator('csp-lang-select select').first().selectOption({ label: UI[other].langName });
        await page.waitForURL(`**/${other}/simulators/${flow}/**`);
        const again = await simulator(page);
        await expect(again.locator('[data-link-error] li')).toHaveText(expectedMessages(flow, search, other));
        await expectNothingInjected(page, dialogs);
      });
    }
  });
}
