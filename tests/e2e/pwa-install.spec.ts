import { expect, test } from './fixtures';
import { waitForOfflineReady } from './pwa-helpers';

const deckId = 'backend-fundamentals';

type Manifest = {
  name?: string;
  short_name?: string;
  start_url?: string;
  scope?: string;
  display?: string;
  theme_color?: string;
  background_color?: string;
  icons?: { src: string; sizes: string; type?: string; purpose?: string }[];
};

test('Chromium finds the app installable: manifest, icons and service worker', async ({
  page,
  appUrl,
}) => {
  await page.goto(appUrl);
  await waitForOfflineReady(page);
  const session = await page.context().newCDPSession(page);
  const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
  // Playwright's contexts are off-the-record profiles, where Chromium never installs anything.
  const errors = installabilityErrors.map((error) => error.errorId);
  expect(errors.filter((id) => id !== 'in-incognito')).toEqual([]);
  const { errors: manifestErrors } = await session.send('Page.getAppManifest');
  expect(manifestErrors).toEqual([]);

  const manifest: Manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    return (await fetch(link?.href ?? '')).json();
  });
  expect(manifest).toMatchObject({
    name: 'Drillbook',
    short_name: 'Drillbook',
    start_url: '/',
    scope: '/',
    display: 'standalone',
  });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  const icons = manifest.icons ?? [];
  const find = (size: string, purpose?: string) =>
    icons.find(
      (icon) => icon.sizes === size && (purpose ? icon.purpose === purpose : !icon.purpose),
    );
  for (const icon of [find('192x192'), find('512x512'), find('512x512', 'maskable')]) {
    expect(icon?.type).toBe('image/png');
    const [width] = (icon?.sizes ?? '').split('x').map(Number);
    const natural = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return image.naturalWidth;
    }, icon?.src ?? '');
    expect(natural).toBe(width);
  }
});

test("the Install app button comes with the browser's offer and goes once the app is installed", async ({
  page,
  appUrl,
}) => {
  await page.goto(appUrl);
  const install = page.getByRole('button', { name: 'Install app' });
  await expect(page.getByRole('heading', { name: 'Decks' })).toBeVisible();
  await expect(install).toHaveCount(0);

  // Headless Chromium never offers installing by itself: the test plays the browser's part.
  await page.evaluate(() => {
    const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: async () => {
        Reflect.set(window, 'drillbookPrompted', true);
      },
      userChoice: Promise.resolve({ outcome: 'accepted' }),
    });
    window.dispatchEvent(offer);
  });
  await install.click();
  expect(await page.evaluate(() => Reflect.get(window, 'drillbookPrompted'))).toBe(true);
  await page.evaluate(() => window.dispatchEvent(new Event('appinstalled')));
  await expect(install).toHaveCount(0);
});

test('the app badge shows what is left today, and persistent storage is asked for after the first review', async ({
  page,
  appUrl,
}) => {
  await page.addInitScript(() => {
    const badges: number[] = [];
    let persistRequests = 0;
    Object.assign(window, { drillbookBadges: badges });
    Object.defineProperty(navigator, 'setAppBadge', {
      value: async (count?: number) => {
        badges.push(count ?? 0);
      },
    });
    Object.defineProperty(navigator, 'clearAppBadge', {
      value: async () => {
        badges.push(0);
      },
    });
    const persist = navigator.storage.persist.bind(navigator.storage);
    Object.defineProperty(navigator.storage, 'persist', {
      value: () => {
        persistRequests += 1;
        Reflect.set(window, 'drillbookPersistRequests', persistRequests);
        return persist();
      },
    });
  });
  const lastBadge = () =>
    page.evaluate(() => {
      const badges: unknown = Reflect.get(window, 'drillbookBadges');
      return Array.isArray(badges) ? badges.at(-1) : undefined;
    });
  const persistRequests = () =>
    page.evaluate(() => Reflect.get(window, 'drillbookPersistRequests') ?? 0);

  await page.goto(`${appUrl}/review?deck=${deckId}`);
  await expect(page.getByText(/left today:/)).toContainText('20 left today');
  await expect.poll(lastBadge).toBe(20);
  expect(await persistRequests()).toBe(0);

  await page.keyboard.press('Space');
  await page.getByRole('button', { name: /^Easy/ }).click();
  await expect(page.getByText(/left today:/)).toContainText('19 left today');
  await expect.poll(lastBadge).toBe(19);
  await expect.poll(persistRequests).toBe(1);
});
