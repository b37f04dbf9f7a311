#!/usr/bin/env bash
printf '%s\n' 'delta 421' >> /workspace/stone.txt
