#!/usr/bin/env bash
sed -i 's/nectar/ember/g' /workspace/jasper.txt
