import {html, nothing} from 'lit';
import type {EnglishRun, MarkedText} from './types.js';

/** English inside a translation, isolated so that brackets and numbers keep their order. */
export const renderEnglishRun = (run: EnglishRun) => html`<bdi dir="ltr" lang=${run.lang ?? nothing}>${run.text}</bdi>`;

/** A title, summary, term or question, with its English marked. */
export const renderText = (text: MarkedText) =>
  typeof text === 'string' ? text : text.map((part) => (typeof part === 'string' ? part : renderEnglishRun(part)));

/** The same, as plain text, for copying and downloading. */
export const plainText = (text: MarkedText) =>
  typeof text === 'string' ? text : text.map((part) => (typeof part === 'string' ? part : part.text)).join('');
