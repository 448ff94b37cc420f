// Every component test also starts from a clean page.
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';
import './setup';

afterEach(() => cleanup());
