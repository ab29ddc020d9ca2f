#!/usr/bin/env node
import {runMain} from './main.ts'
import {processIo} from './io.ts'

process.exitCode = await runMain(process.argv.slice(2), processIo())
