#!/usr/bin/env bash
printf '%s\n' 'falcon 2' 'pepper 905' > /workspace/pearl.txt
