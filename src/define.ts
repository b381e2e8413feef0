/** Registers every default tag. The only module of the package with a side effect besides `components/<tag>`. */
import { defineWidgets } from './widgets.js';

defineWidgets();
