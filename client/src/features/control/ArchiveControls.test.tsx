// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStore } from '../../store';
import { saveControlKey } from '../../store/persist';
import { makeRunningView } from '../../test/councilFixture';
import { installFakeTransport, resetStore, type FakeServer } from '../../test/fakeTransport';
import { joinWith } from '../../test/render';
import { ArchiveControls } from './ArchiveControls';

let server: FakeServer;
const fetchMock = vi.fn();
beforeEach(() => {
  resetStore();
  server = installFakeTransport();
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  vi.stubGlobal(
    'URL',
    Object.assign(URL, { createObjectURL: () => 'blob:archive', revokeObjectURL: () => {} }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

const control = { seatId: null, isControl: true };
const click = async (testId: string) => {
  await act(async () => {
    fireEvent.click(screen.getByTestId(testId));
  });
};
const refusal = (status: number, code: string) =>
  new Response(JSON.stringify({ code, message: code }), { status });

describe("Control's archive box", () => {
  it('downloads the archive with the control key', async () => {
    const view = makeRunningView(control);
    saveControlKey(view.code, 'the-key');
    fetchMock.mockResolvedValue(new Response(new Uint8Array([0x1f, 0x8b]), { status: 200 }));
    joinWith(server, view);
    render(<ArchiveControls view={view} />);
    await click('control-archive-download');
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const [url, init] = fetchMock.mock.calls[0]! as [string, RequestInit];
    expect(url).toMatch(new RegExp(`/api/exercises/${view.code}/archive$`));
    expect(init.headers).toEqual({ 'X-Control-Key': 'the-key' });
    expect(screen.queryByTestId('control-archive-download-error')).toBeNull();
  });

  it('imports a file, asks for the operator key when the installation wants it, and shows the new code', async () => {
    const view = makeRunningView(control);
    saveControlKey(view.code, 'the-key');
    joinWith(server, view);
    render(<ArchiveControls view={view} />);
    const file = new File([new Uint8Array([0x1f, 0x8b, 1])], 'run.crisis-council.json.gz');
    fireEvent.change(screen.getByTestId('control-archive-file'), { target: { files: [file] } });
    expect(screen.queryByTestId('control-archive-operator-key')).toBeNull();

    fetchMock.mockResolvedValueOnce(refusal(401, 'OPERATOR_KEY_REQUIRED'));
    await click('control-archive-import');
    await waitFor(() =>
      expect(screen.getByTestId('control-archive-error').textContent).toMatch(/operator key/),
    );
    fireEvent.change(screen.getByTestId('control-archive-operator-key'), { target: { value: 'op-key' } });

    fetchMock.mockResolvedValueOnce(
      new Response(
        JSON.stringify({ exerciseId: 'ex_i', code: 'IMPORT', controlKey: 'new-key', title: 'T' }),
        {
          status: 201,
        },
      ),
    );
    await click('control-archive-import');
    await waitFor(() => expect(screen.getByTestId('control-archive-imported')).toBeTruthy());
    const [url, init] = fetchMock.mock.calls[1]! as [string, RequestInit];
    expect(url).toMatch(/\/api\/exercises\/import$/);
    expect(init).toMatchObject({ method: 'POST', headers: { 'X-Admin-Key': 'op-key' }, body: file });
    expect(screen.getByTestId('control-archive-code').textContent).toContain('IMPORT');
    expect(screen.getByTestId('control-archive-link').textContent).toContain('new-key');
  });

  it('says why a bad archive was refused', async () => {
    const view = makeRunningView(control);
    saveControlKey(view.code, 'the-key');
    joinWith(server, view);
    render(<ArchiveControls view={view} />);
    fireEvent.change(screen.getByTestId('control-archive-file'), {
      target: { files: [new File(['not gzip'], 'notes.txt')] },
    });
    fetchMock.mockResolvedValueOnce(refusal(400, 'ARCHIVE_FOREIGN'));
    await click('control-archive-import');
    await waitFor(() =>
      expect(screen.getByTestId('control-archive-error').textContent).toBe(
        'This file is not a Crisis Council exercise archive.',
      ),
    );
  });

  it('words a refused archive in French from the refusal’s params', async () => {
    const view = makeRunningView(control);
    saveControlKey(view.code, 'the-key');
    joinWith(server, view);
    act(() => useStore.getState().setLocale('fr'));
    render(<ArchiveControls view={view} />);
    fireEvent.change(screen.getByTestId('control-archive-file'), {
      target: { files: [new File(['gzip'], 'later.crisis-council.json.gz')] },
    });
    const message =
      'This archive is format version 3; this release reads up to version 1. Upgrade this installation to import it.';
    const params = { reason: 'version', version: 3, supported: 1 };
    fetchMock.mockResolvedValueOnce(
      new Response(JSON.stringify({ code: 'ARCHIVE_TOO_NEW', message, params }), { status: 400 }),
    );
    await click('control-archive-import');
    await waitFor(() =>
      expect(screen.getByTestId('control-archive-error').textContent).toBe(
        'Cette archive est au format 3 ; cette version lit jusqu’au format 1. Mettez cette installation à jour pour l’importer.',
      ),
    );
  });
});
