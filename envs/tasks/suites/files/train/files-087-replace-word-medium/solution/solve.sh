#!/usr/bin/env bash
sed -i 's/cedar/ember/g' /workspace/walnut.txt
