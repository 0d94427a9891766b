// Starts the Crisis Council server from a release folder. Written so that any Node.js can read it:
// an unsupported version gets one line saying what is needed, and nothing else runs.
const MINIMUM = '{{MINIMUM_NODE}}';
const [major, minor] = process.versions.node.split('.').map(Number);
const [needMajor, needMinor] = MINIMUM.split('.').map(Number);
if (major < needMajor || (major === needMajor && minor < needMinor)) {
  console.error(
    'Crisis Council needs Node.js ' + MINIMUM + ' or newer; this is Node.js ' + process.versions.node + '.',
  );
  process.exit(1);
}
import('./server/main.js').catch(function (error) {
  console.error(error);
  process.exit(1);
});
