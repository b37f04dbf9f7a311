#!/usr/bin/env bash
printf '%s\n' 'island 341' 'timber 727' 'apple 241' 'falcon 861' >> /workspace/quartz.txt
