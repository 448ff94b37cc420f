import { tokenize } from './src/search/tokenize.ts';
for (const s of ["When did ICLEI's start? l'adhésion qu'est-ce", "ICLEI는 무엇입니까? 회원이", "イクレイはいつ設立されましたか", "宜可城是什么时候成立的", "ｲｸﾚｲ ＩＣＬＥＩ", "Asociación São Paulo 1990年"]) console.log(JSON.stringify(tokenize(s)));
