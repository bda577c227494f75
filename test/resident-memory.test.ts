// A dictionary loaded through loadResident is not counted in what the pool's recycling weighs (heldBeyondResidentMb),
// while memory taken after it is: a worker holding kuromoji's dictionary is not replaced after every Japanese page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { heldBeyondResidentMb, heldMb, loadResident } from '../src/pipeline/resident-memory.ts';

const MB = 1024 * 1024;

test('memory a resident load adds is set aside; memory taken after it still counts', async () => {
  const startHeld = heldMb();
  const startBeyond = heldBeyondResidentMb();
  const dictionary = await loadResident(async () => new Uint8Array(64 * MB).fill(1));
  assert.ok(heldMb() - startHeld >= 60, `held grew by ${(heldMb() - startHeld).toFixed(1)} MB`);
  assert.ok(heldBeyondResidentMb() - startBeyond < 8, `beyond resident grew by ${(heldBeyondResidentMb() - startBeyond).toFixed(1)} MB`);
  const pageLeftover = new Uint8Array(32 * MB).fill(2);
  assert.ok(heldBeyondResidentMb() - startBeyond >= 28, 'what a page leaves behind is counted');
  assert.equal(dictionary[0]! + pageLeftover[0]!, 3);
});
