#!/usr/bin/env bash
printf '%s\n' 'pepper 718' 'olive 29' 'nectar 938' > /workspace/meadow.txt
