#!/usr/bin/env bash
sed -i 's/ember/raven/g' /workspace/lemon.txt
