// PostGraphile 5 over the Minsheng benchmark database (docs/benchmarks.md), the way its
// documentation sets up a production server: the Amber preset, one Node process, grafserv on
// node:http, no GraphiQL, no watch mode. DATABASE_URL and PORT come from the environment.
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ["public"],
      // The same pool size as Minsheng's default.
      poolConfig: { max: 16 },
    }),
  ],
  grafserv: { graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.keepAliveTimeout = 60_000;
serv.addTo(server).then(
  () => {
    const port = Number(process.env.PORT || 5678);
    server.listen(port, "127.0.0.1", () => {
      console.log(`PostGraphile listening on http://127.0.0.1:${port}/graphql`);
    });
  },
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
