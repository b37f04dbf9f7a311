#!/usr/bin/env bash
printf '%s\n' 'saddle 289' >> /workspace/river.txt
