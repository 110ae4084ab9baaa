// Reads a QR code as a phone's camera would: from a screenshot of what is drawn on screen (pngjs
// for the pixels, jsQR for the code), never from the data the page meant to draw.
import { expect, type Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

export async function decodeQr(code: Locator): Promise<string> {
  // The QR library is loaded only when asked and draws once loaded: wait for dark pixels.
  await expect
    .poll(() =>
      code.evaluate((c: HTMLCanvasElement) => {
        const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        for (let i = 0; i < px.length; i += 4) if (px[i]! < 128) return true;
        return false;
      }),
    )
    .toBe(true);
  const png = PNG.sync.read(await code.screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(found, 'a QR code is readable on screen').not.toBeNull();
  return found!.data;
}
