import { isGivenNameAWord, isSharedSurname, knownGivenNames, knownPersonBySurname } from '../src/core/text/known-names'
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }
let t = cpu(); let w = performance.now()
knownGivenNames(); console.log('given cpu', (cpu() - t).toFixed(1), 'wall', (performance.now() - w).toFixed(1)); t = cpu(); w = performance.now()
knownPersonBySurname('Merkel'); console.log('people cpu', (cpu() - t).toFixed(1), 'wall', (performance.now() - w).toFixed(1)); t = cpu()
isSharedSurname('Clinton'); isGivenNameAWord('roman'); console.log('rest', (cpu() - t).toFixed(1))
