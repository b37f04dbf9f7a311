#!/usr/bin/env bash
cp /workspace/ember.txt /workspace/kettle.txt && printf '%s\n' 'raven 363' 'maple 543' >> /workspace/kettle.txt
