#!/usr/bin/env bash
printf '%s\n' 'cedar 96' > /workspace/cloud.txt
