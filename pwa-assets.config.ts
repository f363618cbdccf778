import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

// The icons are generated at build time from the one SVG in public/, so no binary icon is hand-made.
// Maskable and Apple icons get a padded background in the icon's own blue, so no white ring shows.
const iconBlue = '#1f4e79';

export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: iconBlue } },
    apple: { ...minimal2023Preset.apple, resizeOptions: { background: iconBlue } },
  },
  images: ['public/favicon.svg'],
});
