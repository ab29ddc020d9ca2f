import {createRequire as __batonRequire} from 'node:module';const require=__batonRequire(import.meta.url);
