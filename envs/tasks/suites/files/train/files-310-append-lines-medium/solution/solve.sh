#!/usr/bin/env bash
printf '%s\n' 'tiger 342' 'brick 312' >> /workspace/harbor.txt
