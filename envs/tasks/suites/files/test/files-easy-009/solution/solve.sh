#!/usr/bin/env bash
printf '%s\n' 'cedar 95' > /workspace/cedar.txt
