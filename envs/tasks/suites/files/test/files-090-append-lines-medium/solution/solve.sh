#!/usr/bin/env bash
printf '%s\n' 'frost 997' 'tiger 118' >> /workspace/stone.txt
