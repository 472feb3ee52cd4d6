import { describeServiceSchema } from '@passerelle/testing';
import { openDatabase } from '../src/database/data-source.js';

describeServiceSchema('profiles', openDatabase);
