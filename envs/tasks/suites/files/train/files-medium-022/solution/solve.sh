#!/usr/bin/env bash
printf '%s\n' 'cloud 52' > /workspace/cedar.txt
