// Compares two multi-document YAML files as objects (key order and formatting aside): the manifest quarkus-kubernetes
// generated and the copy committed for Kustomize. Usage: node same-manifests.mjs generated.yml committed.yml
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import yaml from "js-yaml";

const [generated, committed] = process.argv.slice(2).map((f) => yaml.loadAll(readFileSync(f, "utf8")).filter((o) => o));
if (!isDeepStrictEqual(generated, committed)) {
  console.error(`${process.argv[3]} is not what the build generated (${process.argv[2]}); run bin/check-kubernetes --update`);
  process.exit(1);
}
