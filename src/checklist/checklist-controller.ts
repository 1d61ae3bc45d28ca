import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {checklist} from './checklist-store.js';

/** Re-renders its element whenever the page's list changes, and reads a kept list on first use. */
export class ChecklistController implements ReactiveController {
  private readonly onChange = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    checklist.load();
    checklist.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    checklist.removeEventListener('change', this.onChange);
  }
}
