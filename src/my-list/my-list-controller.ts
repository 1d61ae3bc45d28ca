import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {myList} from './my-list-store.js';

/** Re-renders its element whenever the page's list changes, and reads a kept list on first use. */
export class MyListController implements ReactiveController {
  private readonly onChange = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    myList.load();
    myList.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    myList.removeEventListener('change', this.onChange);
  }
}
