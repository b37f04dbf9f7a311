#!/usr/bin/env bash
printf '%s\n' 'willow 651' >> /workspace/harbor.txt
