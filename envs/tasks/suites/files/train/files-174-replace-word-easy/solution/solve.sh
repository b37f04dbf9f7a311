#!/usr/bin/env bash
sed -i 's/willow/raven/g' /workspace/ember.txt
