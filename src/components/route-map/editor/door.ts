/**
 * The way into the story editor, in the first module: the `editor` attribute, the panel's button,
 * a story file dropped on the map and the developer's methods open it. The editor's code
 * (editor.ts and what it imports) loads only then.
 */
import {nothing, type ReactiveController} from 'lit';
import type {Lang} from '../../../i18n/strings';
import type {EditorHost, EditorParts, StoryEditor} from './editor';

export class EditorDoor implements ReactiveController {
  editor?: StoryEditor;
  private opening?: Promise<StoryEditor>;
  /** The session has loaded the story: the editor starts from it. */
  private loadedOnce = false;

  constructor(private readonly host: EditorHost, private readonly parts: () => EditorParts & {failed: (message: string) => void}) {
    host.addController(this);
    // A story file dropped on the map opens in the editor; the browser does not leave the page for it.
    host.addEventListener('dragover', (e) => { if (e.dataTransfer?.types.includes('Files')) e.preventDefault(); });
    host.addEventListener('drop', (e) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      host.editor = true;
      void this.open().then((editor) => editor.openFile(file), () => undefined);
    });
  }

  hostUpdate() {
    if (this.host.editor && !this.opening) void this.open().catch(() => undefined);
  }

  /** The editor, its code loaded on first use. */
  open(): Promise<StoryEditor> {
    this.opening ??= import('./editor').then(({StoryEditor}) => {
      const editor = new StoryEditor(this.host, this.parts());
      this.editor = editor;
      if (this.loadedOnce) editor.adopt(this.host.storyData);
      return editor;
    }, (e: Error) => {
      this.opening = undefined;
      this.parts().failed(`the story editor's code did not load: ${e.message}`);
      throw e;
    });
    return this.opening;
  }

  /** A story was loaded (the session started): the editor goes on from it, or from the edits kept for it. */
  loaded() {
    this.loadedOnce = true;
    this.editor?.adopt(this.host.storyData);
  }

  /** The editor, once it has the story to edit; not in presenter mode (its preview). */
  render(lang: Lang) {
    return this.editor?.base && this.host.editor && !this.host.presenter ? this.editor.render(lang) : nothing;
  }
}
