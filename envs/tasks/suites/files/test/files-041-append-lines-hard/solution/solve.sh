#!/usr/bin/env bash
printf '%s\n' 'olive 861' 'coral 340' 'timber 52' >> /workspace/river.txt
