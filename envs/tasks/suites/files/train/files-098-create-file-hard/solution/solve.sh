#!/usr/bin/env bash
mkdir -p /workspace/reports && printf '%s\n' 'kettle 807' 'sunny 336' 'tiger 604' 'mango 790' 'pepper 718' 'olive 29' > /workspace/reports/meadow.txt
