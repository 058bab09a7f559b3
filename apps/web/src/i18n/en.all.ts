// English, whole: every catalog's English in one module, fetched the first time English is chosen
// (index.ts), so the app's entry names one file rather than each catalog.
import en from './en';
import adoption from './en.adoption';
import alignment from './en.alignment';
import consultation from './en.consultation';
import invite from './en.invite';
import pages from './en.pages';
import settings from './en.settings';

export default { ...en, ...pages, ...consultation, ...alignment, ...adoption, ...invite, ...settings };
