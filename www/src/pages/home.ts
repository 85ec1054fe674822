// The home page: static text in two languages; the engine is not needed until a calculator opens.
import { startPage } from '../page';

startPage();
