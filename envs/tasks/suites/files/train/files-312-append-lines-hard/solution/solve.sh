#!/usr/bin/env bash
printf '%s\n' 'willow 549' 'cedar 672' 'maple 253' 'cloud 577' >> /workspace/frost.txt
