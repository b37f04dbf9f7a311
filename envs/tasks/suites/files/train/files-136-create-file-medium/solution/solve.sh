#!/usr/bin/env bash
printf '%s\n' 'apple 728' 'cloud 491' > /workspace/kettle.txt
