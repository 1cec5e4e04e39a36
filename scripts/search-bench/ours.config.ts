/** The site's own config, search included, for `npm run bench:search`. */
import { benchConfig } from './benchConfig';

export default benchConfig();
