#!/usr/bin/env bash
printf '%s\n' 'falcon 790' 'frost 309' >> /workspace/timber.txt
